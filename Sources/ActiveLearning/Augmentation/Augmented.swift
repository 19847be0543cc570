import LinearAlgebra

/// A classifier that augments its training rows before fitting: the fitted model is the base
/// model fitted on the originals plus every augmentation's new examples. Prediction is the base
/// model's, untouched. Written `model.augmented(...)`; because only `fit` sees the extra rows, a
/// `Study` augments the labeled set of each round and nothing else.
///
/// Random draws come from `seed` and the number of training rows, so every round of a run gets
/// fresh but reproducible augmentations.
public struct Augmented: Classifier {
    public let base: any Classifier
    public let augmentations: [any Augmentation]
    public let seed: Int

    public init(_ base: any Classifier, augmentations: [any Augmentation], seed: Int = 0) {
        self.base = base
        self.augmentations = augmentations
        self.seed = seed
    }

    public var name: String { "\(base.name), augmented (\(augmentations.map(\.name).joined(separator: ", ")))" }

    public func fit(_ features: Matrix, labels: [Int], classCount: Int) throws -> any FittedClassifier {
        try validateTraining(features, labels: labels, classCount: classCount)
        let (allFeatures, allLabels) = try augmentedTrainingSet(features, labels: labels)
        return try base.fit(allFeatures, labels: allLabels, classCount: classCount)
    }

    /// The originals followed by every augmentation's new examples.
    public func augmentedTrainingSet(_ features: Matrix, labels: [Int]) throws -> (features: Matrix, labels: [Int]) {
        var generator = SeededGenerator(seed: seed, stream: UInt64(features.rows))
        var values = features.values, allLabels = labels
        for augmentation in augmentations {
            let extra = try augmentation.augment(features, labels: labels, using: &generator)
            guard extra.features.columns == features.columns || extra.features.rows == 0 else {
                throw AugmentationError.invalidParameter(augmentation: augmentation.name, parameter: "output width",
                                                         value: "\(extra.features.columns)", requirement: "\(features.columns)")
            }
            values += extra.features.values
            allLabels += extra.labels
        }
        return (try Matrix(rows: allLabels.count, columns: features.columns, computed: values), allLabels)
    }
}

extension Model {
    /// The same model fitted on its training rows plus augmented copies (see `Augmented`).
    /// For images, augment raw pixels: write `.standardized()` *before* `.augmented(...)`.
    public func augmented(_ augmentations: any Augmentation..., seed: Int = 0) -> Model {
        Model(Augmented(classifier, augmentations: augmentations, seed: seed))
    }
}
