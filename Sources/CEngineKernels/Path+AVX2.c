// The AVX2 + FMA path: Kernels.h over Lanes+AVX2.h, every function compiled for AVX2 + FMA
// (the rest of the engine targets the x86-64 baseline) and called only on CPUs that have both.
#pragma STDC FP_CONTRACT OFF
#include "Internal.h"

#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#include "Lanes+AVX2.h"
#define EK_FN(name) ek_##name##_avx2
#include "Kernels.h"
#pragma clang attribute pop
#endif
