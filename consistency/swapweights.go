package consistency

// swapBias and swapWeights are the swap-pair scorer's weights, in
// swapFeatureNames order: the hand weights (swapHandBias,
// swapHandWeights), read at swapPairMinProb (a score of 0 or more). A
// fit on the seeded draws (TestSwapLeaveOneSourceOut) reads the draws
// better but loses respellings in published prose (it learns the draws'
// layout: where the second person stands, how often a name recurs), so
// the hand weights stay, with the two signs of another person's name
// taken from the fit: a given name of the lexicon right before the word,
// where the person's own given name is another (كريم تشوما beside رافين
// شوما), weighs −2 (fitted −1.89), and a word no list knows read in a
// name's place right before it (المستشار بريسك دارجوني beside ماروف
// دارغوني) −1.6 (fitted −1.65). Neither costs a respelling in published
// prose. own-given keeps weight 0 (it never fires in the rows).
const swapBias = swapHandBias

var swapWeights = func() [nSwapFeatures]float64 {
	w := swapHandWeights
	w[swapGivenBefore] = -2
	w[swapWordBefore] = -1.6
	return w
}()

// swapPairMinProb is the probability swapPairProb must reach for a
// pairing to be read.
const swapPairMinProb = 0.5
