// The matrix products, float and double, instantiated from GEMM.h over the lane operations
// included before this file (whose EK_FLOAT_LANES and EK_DOUBLE_LANES give a register's width):
// part of every path through Kernels.h, and all of the AVX-512 path (Path+AVX512.c). The width
// sets how many columns one instruction covers, never the order of an element's chain.

#define EK_T float
#define EK_V vf
#define EK_W EK_FLOAT_LANES
#define EK_OPERAND ek_operand_f
#define EK_MC 144
#define EK_KC 384  // the encoder's k = 384 in one block: 4–10 % faster than 256 on Zen 3
#define EK_NC 3072
#define V_ZERO vf_zero
#define V_SET1 vf_set1
#define V_LOAD vf_load
#define V_STORE vf_store
#define V_MAC vf_fma
#define EK_GEMM_NAME(part) EK_FN(s##part)
#include "GEMM.h"

// Double products step c ← c + a·b, the product rounded and then the sum, not fused: the
// portable path then runs at nearly the vector path's speed (plain SSE2 arithmetic, which the
// compiler vectorises), where calling C's `fma` per element made the lessons' logistic
// regressions thirty times slower. Their shapes (a few classes wide) do not reach the vector
// units' peak either way, and the extra rounding is far below what they resolve.
#define EK_T double
#define EK_V vd
#define EK_W EK_DOUBLE_LANES
#define EK_OPERAND ek_operand_d
#define EK_MC 96
#define EK_KC 256
#define EK_NC 2048
#define V_ZERO vd_zero
#define V_SET1 vd_set1
#define V_LOAD vd_load
#define V_STORE vd_store
#define V_MAC vd_mul_add
#define EK_GEMM_NAME(part) EK_FN(d##part)
#include "GEMM.h"
