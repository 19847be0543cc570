// Our matrix products beside OpenBLAS's cblas_sgemm/cblas_dgemm at the engine's shapes, one
// thread each (the encoder runs one product per worker thread). Prints a row per shape with
// both GFLOPS (best of 11 timed batches, taking turns) and ends with `ratio: R`, the geometric mean
// of ours / OpenBLAS. Built and run by ./run.
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

/// Seconds per call of ours (`blas` 0) or OpenBLAS's (`blas` 1) over one timed batch of calls.
static double batch_seconds(const shape *s, int blas, void *a, void *b, void *c) {
    const double flops = 2.0 * s->m * s->n * s->k;
    const int calls = flops > 1e8 ? 5 : (int)(2e8 / flops) + 1;
    const size_t lda = s->ta ? s->m : s->k, ldb = s->tb ? s->k : s->n;
    const double start = now();
    for (int i = 0; i < calls; i++) {
        if (s->single && blas)
            cblas_sgemm(CblasRowMajor, s->ta ? CblasTrans : CblasNoTrans, s->tb ? CblasTrans : CblasNoTrans,
                        s->m, s->n, s->k, 1, a, lda, b, ldb, 0, c, s->n);
        else if (s->single)
            ek_sgemm(EK_PATH_AVX2, s->ta, s->tb, s->m, s->n, s->k, a, lda, b, ldb, c, s->n, 0);
        else if (blas)
            cblas_dgemm(CblasRowMajor, s->ta ? CblasTrans : CblasNoTrans, s->tb ? CblasTrans : CblasNoTrans,
                        s->m, s->n, s->k, 1, a, lda, b, ldb, 0, c, s->n);
        else
            ek_dgemm(EK_PATH_AVX2, s->ta, s->tb, s->m, s->n, s->k, a, lda, b, ldb, c, s->n, 0);
    }
    return (now() - start) / calls;
}

/// The best of 11 batches each, ours and OpenBLAS's taking turns (so a noisy moment on a
/// shared machine slows both alike), as seconds per call in `best[0]` (ours) and `best[1]`.
static void best_seconds(const shape *s, void *a, void *b, void *c, double best[2]) {
    best[0] = best[1] = 1e30;
    for (int rep = 0; rep < 11; rep++)
        for (int blas = 0; blas < 2; blas++) {
            const double t = batch_seconds(s, blas, a, b, c);
            if (t < best[blas]) best[blas] = t;
        }
}

int main(void) {
    if (!ek_path_supported(EK_PATH_AVX2)) { fprintf(stderr, "this CPU has no AVX2 + FMA\n"); return 1; }
    printf("%-26s %8s %8s %10s %10s %6s\n", "shape (one thread)", "type", "m×n×k", "ours GF/s", "BLAS GF/s", "ratio");
    double logSum = 0;
    const size_t count = sizeof shapes / sizeof shapes[0];
    for (size_t i = 0; i < count; i++) {
        const shape *s = &shapes[i];
        const size_t size = s->single ? sizeof(float) : sizeof(double);
        void *a = malloc(s->m * s->k * size), *b = malloc(s->k * s->n * size), *c = malloc(s->m * s->n * size);
        for (size_t j = 0; j < s->m * s->k; j++) s->single ? (((float *)a)[j] = uniform()) : (((double *)a)[j] = uniform());
        for (size_t j = 0; j < s->k * s->n; j++) s->single ? (((float *)b)[j] = uniform()) : (((double *)b)[j] = uniform());
        const double flops = 2.0 * s->m * s->n * s->k;
        double best[2];
        best_seconds(s, a, b, c, best);
        const double ours = flops / best[0] / 1e9, blas = flops / best[1] / 1e9;
        char dims[32];
        snprintf(dims, sizeof dims, "%zux%zux%zu", s->m, s->n, s->k);
        printf("%-26s %8s %14s %10.1f %10.1f %6.2f\n", s->name, s->single ? "float" : "double", dims, ours, blas, ours / blas);
        logSum += log(ours / blas);
        free(a), free(b), free(c);
    }
    printf("ratio: %.2f\n", exp(logSum / count));
    return 0;
}
