// The portable path: Kernels.h over Lanes+Portable.h, plain C for any CPU.
#pragma STDC FP_CONTRACT OFF
#include "Internal.h"
#include "Lanes+Portable.h"
#define EK_FN(name) ek_##name##_portable
#include "Kernels.h"
