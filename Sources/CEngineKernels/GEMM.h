// One GEMM, written once against the lane operations and instantiated for float and double by
// Kernels.h. Needs: EK_T (element), EK_V (vector of EK_W lanes), EK_W, EK_OPERAND, EK_MC, EK_KC,
// EK_NC, V_ZERO, V_SET1, V_LOAD, V_STORE, V_MAC (one step of the chain, c ← c + a·b, see below)
// and EK_GEMM_NAME(part) for the function names;
// undefines them all at the end, ready for the next instantiation.
//
// The order of operations (what makes every path and every blocking give the same bits): each
// element of C is one chain of steps along k in increasing order,
//     c ← step(a[i][0], b[0][j], c₀), c ← step(a[i][1], b[1][j], c), …, c ← step(a[i][k−1], b[k−1][j], c)
// with c₀ = 0, or the element's previous value when accumulating. A step is V_MAC: in float a
// fused multiply-add (one rounding), in double a product then a sum (two roundings; see
// Kernels.h for why). Vectors run across j and a register tile covers EK_MR rows, so no lane
// ever sums along k; cache blocking along k stores the chain's value in C and continues from
// it, which changes nothing.
#define EK_MR 6
#define EK_NR (2 * EK_W)
#define EK_B_DIRECT_ROWS (4 * EK_MR)

/// One EK_MR × EK_NR tile of C from EK_NR columns of B and EK_MR rows of A. Step p of row r is
/// `a[r * rowStride + p * stepStride]`: a packed panel (rowStride 1, stepStride EK_MR) or A's own
/// row-major rows (rowStride lda, stepStride 1). Step p of B's columns starts at `b + p * bStride`:
/// a packed panel (bStride EK_NR) or B's own rows (bStride ldb). `load` continues the chains
/// from C's values, else they start at 0. The rows' addresses are computed once, so each step's
/// loads are independent (no chain of address additions).
static inline void EK_GEMM_NAME(tile)(size_t kc, const EK_T *restrict a, size_t rowStride, size_t stepStride,
                                      const EK_T *restrict b, size_t bStride, EK_T *c, size_t ldc, int load) {
    const EK_T *row[EK_MR];
    for (int r = 0; r < EK_MR; r++) row[r] = a + r * rowStride;
    EK_V c0[EK_MR], c1[EK_MR];
    for (int r = 0; r < EK_MR; r++) {
        c0[r] = load ? V_LOAD(c + r * ldc) : V_ZERO();
        c1[r] = load ? V_LOAD(c + r * ldc + EK_W) : V_ZERO();
    }
    for (size_t p = 0, offset = 0; p < kc; p++, offset += stepStride, b += bStride) {
        const EK_V b0 = V_LOAD(b), b1 = V_LOAD(b + EK_W);
        for (int r = 0; r < EK_MR; r++) {
            const EK_V x = V_SET1(row[r][offset]);
            c0[r] = V_MAC(x, b0, c0[r]);
            c1[r] = V_MAC(x, b1, c1[r]);
        }
    }
    for (int r = 0; r < EK_MR; r++) {
        V_STORE(c + r * ldc, c0[r]);
        V_STORE(c + r * ldc + EK_W, c1[r]);
    }
}

/// The left half of `tile`, EK_MR × EK_W: the same chains for an edge of C at most EK_W columns
/// wide (a logistic regression's 10 classes are one full panel and this), half the work.
static inline void EK_GEMM_NAME(half_tile)(size_t kc, const EK_T *restrict a, size_t rowStride, size_t stepStride,
                                           const EK_T *restrict b, EK_T *c, size_t ldc, int load) {
    const EK_T *row[EK_MR];
    for (int r = 0; r < EK_MR; r++) row[r] = a + r * rowStride;
    EK_V c0[EK_MR];
    for (int r = 0; r < EK_MR; r++) c0[r] = load ? V_LOAD(c + r * ldc) : V_ZERO();
    for (size_t p = 0, offset = 0; p < kc; p++, offset += stepStride, b += EK_NR) {
        const EK_V b0 = V_LOAD(b);
        for (int r = 0; r < EK_MR; r++) c0[r] = V_MAC(V_SET1(row[r][offset]), b0, c0[r]);
    }
    for (int r = 0; r < EK_MR; r++) V_STORE(c + r * ldc, c0[r]);
}

/// A tile at the edge of C (fewer than EK_MR rows or EK_NR columns): computed in a full-size
/// buffer (by `half_tile` when at most EK_W columns) and copied; the padding lanes multiply
/// packed zeros and are discarded. A partial panel of B is always packed (`bStride` EK_NR).
static void EK_GEMM_NAME(edge_tile)(size_t kc, const EK_T *a, size_t rowStride, size_t stepStride, const EK_T *b,
                                    size_t bStride, EK_T *c, size_t ldc, size_t rows, size_t columns, int load) {
    EK_T buffer[EK_MR * EK_NR] = {0};
    if (load)
        for (size_t r = 0; r < rows; r++)
            for (size_t s = 0; s < columns; s++) buffer[r * EK_NR + s] = c[r * ldc + s];
    if (columns <= EK_W)
        EK_GEMM_NAME(half_tile)(kc, a, rowStride, stepStride, b, buffer, EK_NR, load);
    else
        EK_GEMM_NAME(tile)(kc, a, rowStride, stepStride, b, bStride, buffer, EK_NR, load);
    // Element loops (clang may still make them memcpy calls; forced loops were no faster).
    for (size_t r = 0; r < rows; r++)
        for (size_t s = 0; s < columns; s++) c[r * ldc + s] = buffer[r * EK_NR + s];
}

/// Packs rows [i0, i0+mc) × steps [p0, p0+kc) of op(A) into panels of EK_MR rows, each laid out
/// step after step (rows past `mc` are zeros).
static void EK_GEMM_NAME(pack_a)(const EK_OPERAND *a, size_t i0, size_t mc, size_t p0, size_t kc,
                                 EK_T *restrict out) {
    for (size_t q = 0; q < mc; q += EK_MR) {
        const size_t rows = mc - q < EK_MR ? mc - q : EK_MR;
        for (size_t r = 0; r < EK_MR; r++) {
            EK_T *target = out + r;
            if (r >= rows) {
                for (size_t p = 0; p < kc; p++) target[p * EK_MR] = 0;
            } else if (a->transposed) {  // element (i, p) at values[p * stride + i]
                const EK_T *source = a->values + p0 * a->stride + i0 + q + r;
                for (size_t p = 0; p < kc; p++) target[p * EK_MR] = source[p * a->stride];
            } else {  // element (i, p) at values[i * stride + p]
                const EK_T *source = a->values + (i0 + q + r) * a->stride + p0;
                for (size_t p = 0; p < kc; p++) target[p * EK_MR] = source[p];
            }
        }
        out += EK_MR * kc;
    }
}

/// Packs steps [p0, p0+kc) × columns [j0, j0+nc) of op(B) into panels of EK_NR columns, each laid
/// out step after step (columns past `nc` are zeros).
static void EK_GEMM_NAME(pack_b)(const EK_OPERAND *b, size_t p0, size_t kc, size_t j0, size_t nc,
                                 EK_T *restrict out) {
    for (size_t q = 0; q < nc; q += EK_NR) {
        const size_t columns = nc - q < EK_NR ? nc - q : EK_NR;
        if (b->transposed) {  // element (p, j) at values[j * stride + p]: EK_NR rows read side by side
            const EK_T *source[EK_NR];
            for (size_t s = 0; s < EK_NR; s++) source[s] = b->values + (j0 + q + (s < columns ? s : 0)) * b->stride + p0;
            for (size_t p = 0; p < kc; p++)
                for (size_t s = 0; s < EK_NR; s++) out[p * EK_NR + s] = s < columns ? source[s][p] : 0;
        } else {  // element (p, j) at values[p * stride + j]
            for (size_t p = 0; p < kc; p++) {
                const EK_T *source = b->values + (p0 + p) * b->stride + j0 + q;
                EK_T *target = out + p * EK_NR;
                for (size_t s = 0; s < columns; s++) target[s] = source[s];
                for (size_t s = columns; s < EK_NR; s++) target[s] = 0;
            }
        }
        out += EK_NR * kc;
    }
}

/// C (m × n, row stride ldc) ← op(A) · op(B), or C + op(A) · op(B) when `accumulate`, in the
/// order of operations above. Blocked as BLIS does: columns by EK_NC, steps by EK_KC (B's block
/// packed once), rows by EK_MC, then register tiles. A's block is packed when it is transposed
/// or when C is wide enough (8 column panels or more) for the copy to pay for itself; otherwise
/// the tiles read A's rows in place (the last partial row panel is always packed). Likewise B's
/// full column panels are read in place when C has few rows (see `bInPlace`). Where an
/// operand is read changes no operation, so the bits are the same either way.
void EK_GEMM_NAME(gemm)(EK_OPERAND a, EK_OPERAND b, size_t m, size_t n, size_t k, EK_T *c,
                        size_t ldc, int accumulate) {
    if (m == 0 || n == 0) return;
    if (k == 0) {
        if (!accumulate) for (size_t i = 0; i < m; i++) memset(c + i * ldc, 0, n * sizeof(EK_T));
        return;
    }
    const size_t ncMax = n < EK_NC ? n : EK_NC, kcMax = k < EK_KC ? k : EK_KC, mcMax = m < EK_MC ? m : EK_MC;
    const size_t packedB = (ncMax + EK_NR - 1) / EK_NR * EK_NR * kcMax;
    const size_t packedA = (mcMax + EK_MR - 1) / EK_MR * EK_MR * kcMax;
    EK_T *workspace = (EK_T *)ek_workspace((packedA + packedB) * sizeof(EK_T));
    EK_T *panelsA = workspace, *panelsB = workspace + packedA;
    // B's full column panels are read in place when B is not transposed and C has at most
    // EK_B_DIRECT_ROWS rows: each panel then serves at most that many / EK_MR tiles, too few
    // for a packed copy to pay for itself (a logistic regression's gradient, classes × features).
    const int bInPlace = !b.transposed && m <= EK_B_DIRECT_ROWS;
    for (size_t jc = 0; jc < n; jc += EK_NC) {
        const size_t nc = n - jc < EK_NC ? n - jc : EK_NC;
        for (size_t pc = 0; pc < k; pc += EK_KC) {
            const size_t kc = k - pc < EK_KC ? k - pc : EK_KC;
            const int load = accumulate || pc > 0;
            // Columns [jc, jc + directB) of B are read in place; the rest come from packed panels.
            const size_t directB = bInPlace ? nc / EK_NR * EK_NR : 0;
            if (directB < nc) EK_GEMM_NAME(pack_b)(&b, pc, kc, jc + directB, nc - directB, panelsB);
            for (size_t ic = 0; ic < m; ic += EK_MC) {
                const size_t mc = m - ic < EK_MC ? m - ic : EK_MC;
                // Rows [ic, ic + direct) are read in place; the rest come from packed panels.
                const size_t direct = a.transposed || nc >= 8 * EK_NR ? 0 : mc / EK_MR * EK_MR;
                if (direct < mc) EK_GEMM_NAME(pack_a)(&a, ic + direct, mc - direct, pc, kc, panelsA);
                for (size_t jr = 0; jr < nc; jr += EK_NR) {
                    const size_t columns = nc - jr < EK_NR ? nc - jr : EK_NR;
                    for (size_t ir = 0; ir < mc; ir += EK_MR) {
                        const size_t rows = mc - ir < EK_MR ? mc - ir : EK_MR;
                        EK_T *tile = c + (ic + ir) * ldc + jc + jr;
                        const int inPlace = ir < direct, inPlaceB = jr < directB;
                        const EK_T *pa = inPlace ? a.values + (ic + ir) * a.stride + pc : panelsA + (ir - direct) * kc;
                        const EK_T *pb = inPlaceB ? b.values + pc * b.stride + jc + jr : panelsB + (jr - directB) * kc;
                        const size_t rowStride = inPlace ? a.stride : 1, stepStride = inPlace ? 1 : EK_MR;
                        const size_t bStride = inPlaceB ? b.stride : EK_NR;
                        if (rows == EK_MR && columns == EK_NR && inPlace && !inPlaceB)  // constant strides
                            EK_GEMM_NAME(tile)(kc, pa, a.stride, 1, pb, EK_NR, tile, ldc, load);
                        else if (rows == EK_MR && columns == EK_NR && !inPlaceB)
                            EK_GEMM_NAME(tile)(kc, pa, 1, EK_MR, pb, EK_NR, tile, ldc, load);
                        else if (rows == EK_MR && columns == EK_NR)
                            EK_GEMM_NAME(tile)(kc, pa, rowStride, stepStride, pb, bStride, tile, ldc, load);
                        else
                            EK_GEMM_NAME(edge_tile)(kc, pa, rowStride, stepStride, pb, bStride, tile, ldc, rows, columns,
                                                    load);
                    }
                }
            }
        }
    }
}

#undef EK_MR
#undef EK_NR
#undef EK_B_DIRECT_ROWS
#undef EK_T
#undef EK_V
#undef EK_W
#undef EK_OPERAND
#undef EK_MC
#undef EK_KC
#undef EK_NC
#undef V_ZERO
#undef V_SET1
#undef V_LOAD
#undef V_STORE
#undef V_MAC
#undef EK_GEMM_NAME
