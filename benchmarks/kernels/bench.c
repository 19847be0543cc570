// Our matrix products beside OpenBLAS's cblas_sgemm/cblas_dgemm at the engine's shapes, one
// thread each (the encoder runs one product per worker thread). Prints a row per shape with the
// GFLOPS of our AVX2 path, our AVX-512 path (where the CPU has it) and OpenBLAS (best of 11
// timed batches, taking turns), and ends with `ratio: R`, the geometric mean of our fastest path
// over OpenBLAS. Built and run by ./run.
#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "EngineKernels.h"

typedef struct { const char *name; int single; int ta, tb; size_t m, n, k; } shape;

static const shape shapes[] = {
    {"encoder Q/K/V      x·Wᵀ", 1, 0, 1, 1024, 1152, 384},
    {"encoder attn out   x·Wᵀ", 1, 0, 1, 1024, 384, 384},
    {"encoder FF in      x·Wᵀ", 1, 0, 1, 1024, 1536, 384},
    {"encoder FF out     x·Wᵀ", 1, 0, 1, 1024, 384, 1536},
    {"LR logits digits   X·Wᵀ", 0, 0, 1, 220, 10, 64},
    {"LR gradient digits Rᵀ·X", 0, 1, 0, 10, 64, 220},
    {"LR logits TREC     X·Wᵀ", 0, 0, 1, 252, 6, 384},
    {"LR gradient TREC   Rᵀ·X", 0, 1, 0, 6, 384, 252},
    {"LR pool TREC       X·Wᵀ", 0, 0, 1, 5952, 6, 384},
    {"MLP hidden         X·W₁ᵀ", 0, 0, 1, 32, 64, 64},
    {"MLP logits         H·W₂ᵀ", 0, 0, 1, 32, 10, 64},
    {"MLP gradient W₂    Δ₂ᵀ·H", 0, 1, 0, 10, 64, 32},
    {"MLP backprop       Δ₂·W₂", 0, 0, 0, 32, 64, 10},
    {"MLP gradient W₁    Δ₁ᵀ·X", 0, 1, 0, 64, 64, 32},
};

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static unsigned long long state = 42;
static double uniform(void) {  // xorshift64*, in [-1, 1)
    state ^= state >> 12, state ^= state << 25, state ^= state >> 27;
    return (double)((state * 2685821657736338717ULL) >> 11) / 4503599627370496.0 - 1.0;
}

/// The contenders, taking turns: our AVX2 + FMA path, our AVX-512 path (where the CPU has it),
/// OpenBLAS.
enum { OURS_AVX2, OURS_AVX512, BLAS, CONTENDERS };

/// Seconds per call of one contender over one timed batch of calls.
static double batch_seconds(const shape *s, int who, void *a, void *b, void *c) {
    const double flops = 2.0 * s->m * s->n * s->k;
    const int calls = flops > 1e8 ? 5 : (int)(2e8 / flops) + 1;
    const size_t lda = s->ta ? s->m : s->k, ldb = s->tb ? s->k : s->n;
    const ek_path path = who == OURS_AVX512 ? EK_PATH_AVX512 : EK_PATH_AVX2;
    const double start = now();
    for (int i = 0; i < calls; i++) {
        if (s->single && who == BLAS)
            cblas_sgemm(CblasRowMajor, s->ta ? CblasTrans : CblasNoTrans, s->tb ? CblasTrans : CblasNoTrans,
                        s->m, s->n, s->k, 1, a, lda, b, ldb, 0, c, s->n);
        else if (s->single)
            ek_sgemm(path, s->ta, s->tb, s->m, s->n, s->k, a, lda, b, ldb, c, s->n, 0);
        else if (who == BLAS)
            cblas_dgemm(CblasRowMajor, s->ta ? CblasTrans : CblasNoTrans, s->tb ? CblasTrans : CblasNoTrans,
                        s->m, s->n, s->k, 1, a, lda, b, ldb, 0, c, s->n);
        else
            ek_dgemm(path, s->ta, s->tb, s->m, s->n, s->k, a, lda, b, ldb, c, s->n, 0);
    }
    return (now() - start) / calls;
}

/// The best of 11 batches each, the contenders taking turns (so a noisy moment on a shared
/// machine slows all alike), as seconds per call in `best` (1e30 for one that did not run).
static void best_seconds(const shape *s, int avx512, void *a, void *b, void *c, double best[CONTENDERS]) {
    for (int who = 0; who < CONTENDERS; who++) best[who] = 1e30;
    for (int rep = 0; rep < 11; rep++)
        for (int who = 0; who < CONTENDERS; who++) {
            if (who == OURS_AVX512 && !avx512) continue;
            const double t = batch_seconds(s, who, a, b, c);
            if (t < best[who]) best[who] = t;
        }
}

int main(void) {
    if (!ek_path_supported(EK_PATH_AVX2)) { fprintf(stderr, "this CPU has no AVX2 + FMA\n"); return 1; }
    const int avx512 = ek_path_supported(EK_PATH_AVX512);
    printf("%-26s %8s %14s %9s %9s %9s %6s\n", "shape (one thread)", "type", "m×n×k", "AVX2", "AVX-512", "BLAS",
           "ratio");
    double logSum = 0;
    const size_t count = sizeof shapes / sizeof shapes[0];
    for (size_t i = 0; i < count; i++) {
        const shape *s = &shapes[i];
        const size_t size = s->single ? sizeof(float) : sizeof(double);
        void *a = malloc(s->m * s->k * size), *b = malloc(s->k * s->n * size), *c = malloc(s->m * s->n * size);
        for (size_t j = 0; j < s->m * s->k; j++) s->single ? (((float *)a)[j] = uniform()) : (((double *)a)[j] = uniform());
        for (size_t j = 0; j < s->k * s->n; j++) s->single ? (((float *)b)[j] = uniform()) : (((double *)b)[j] = uniform());
        const double flops = 2.0 * s->m * s->n * s->k;
        double best[CONTENDERS];
        best_seconds(s, avx512, a, b, c, best);
        double rate[CONTENDERS];
        for (int who = 0; who < CONTENDERS; who++) rate[who] = flops / best[who] / 1e9;
        const double ours = avx512 ? rate[OURS_AVX512] : rate[OURS_AVX2];
        char dims[32], wide[16] = "-";
        snprintf(dims, sizeof dims, "%zux%zux%zu", s->m, s->n, s->k);
        if (avx512) snprintf(wide, sizeof wide, "%.1f", rate[OURS_AVX512]);
        printf("%-26s %8s %14s %9.1f %9s %9.1f %6.2f\n", s->name, s->single ? "float" : "double", dims,
               rate[OURS_AVX2], wide, rate[BLAS], ours / rate[BLAS]);
        logSum += log(ours / rate[BLAS]);
        free(a), free(b), free(c);
    }
    printf("ratio: %.2f\n", exp(logSum / count));
    return 0;
}
