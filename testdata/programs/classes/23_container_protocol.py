# __len__, __getitem__, __setitem__, __contains__, __iter__ (a generator
# method) and __bool__.
class Deck:
    def __init__(self, *cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]

    def __setitem__(self, i, v):
        self.cards[i] = v

    def __contains__(self, card):
        return card in self.cards

    def __iter__(self):
        for c in self.cards:
            yield c.upper()

    def __bool__(self):
        return len(self.cards) > 0


d = Deck("a", "b", "c")
d[1] = "q"
print(len(d), d[0], d[-1], d[0:2], "q" in d, "b" in d)
print(list(d), sorted(d, reverse=True), bool(d), bool(Deck()))
for card in d:
    print("card", card)
if not Deck():
    print("empty deck is falsy")
