package consistency

// swapBias and swapWeights are the swap-pair scorer's weights, in
// swapFeatureNames order: the hand weights (swapHandBias,
// swapHandWeights), read at swapPairMinProb (a score of 0 or more). A
// fit on the seeded draws (TestSwapLeaveOneSourceOut) reads the draws
// better but loses respellings in published prose, so the hand weights
// stay; the signs of another person's name (given-before, word-before,
// own-given) have weight 0 until a fit that generalises gives them one.
const swapBias = swapHandBias

var swapWeights = swapHandWeights

// swapPairMinProb is the probability swapPairProb must reach for a
// pairing to be read.
const swapPairMinProb = 0.5
