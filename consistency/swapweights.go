package consistency

// swapBias and swapWeights are the swap-pair scorer's weights, in
// swapFeatureNames order: the hand weights (swapHandBias,
// swapHandWeights), read at swapPairMinProb (a score of 0 or more). A
// fit on the seeded draws (TestSwapLeaveOneSourceOut) reads the draws
// better but loses respellings in published prose, so the hand weights
// stay, with one sign of another person's name taken from the fit: a
// given name of the lexicon right before the word, where the person's
// own given name is another (كريم تشوما beside رافين شوما), weighs −2
// (fitted −2.07; it costs no respelling in published prose and a sixth of
// the false variants on near-namesake draws). word-before and own-given
// keep weight 0 until a fit that generalises gives them one.
const swapBias = swapHandBias

var swapWeights = func() [nSwapFeatures]float64 {
	w := swapHandWeights
	w[swapGivenBefore] = -2
	return w
}()

// swapPairMinProb is the probability swapPairProb must reach for a
// pairing to be read.
const swapPairMinProb = 0.5
