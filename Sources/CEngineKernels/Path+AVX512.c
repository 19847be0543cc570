// The AVX-512 path's matrix products: Products.h over Lanes+AVX512.h, compiled for AVX-512F
// (with AVX2 + FMA) and called only on CPUs that have it. Its other kernels are the AVX2 path's
// (Dispatch.c).
#pragma STDC FP_CONTRACT OFF
#include "Internal.h"

#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx512f,avx2,fma"))), apply_to = function)
#include "Lanes+AVX512.h"
#define EK_FN(name) ek_##name##_avx512
#include "Products.h"
#pragma clang attribute pop
#endif
