import re

def make_seq(n):
    seed = 42
    alphabet = 'acgt'
    out = []
    for i in range(n):
        seed = (seed * 3877 + 29573) % 139968
        out.append(alphabet[seed * 4 // 139968])
        if i % 60 == 59:
            out.append('\n')
    return '>ONE test\n' + ''.join(out) + '\n>TWO\nggtattttaatttatagt\n'

seq = make_seq(50000)
ilen = len(seq)
seq = re.sub('>.*\n|\n', '', seq)
clen = len(seq)
variants = ('agggtaaa|tttaccct', '[cgt]gggtaaa|tttaccc[acg]', 'a[act]ggtaaa|tttacc[agt]t',
            'ag[act]gtaaa|tttac[agt]ct', 'agg[act]taaa|ttta[agt]cct', 'aggg[acg]aaa|ttt[cgt]ccct',
            'agggt[cgt]aa|tt[acg]accct', 'agggta[cgt]a|t[acg]taccct', 'agggtaa[cgt]|[acg]ttaccct')
for v in variants:
    print(v, len(re.findall(v, seq)))
subst = {'tHa[Nt]': '<4>', 'aND|caN|Ha[DS]|WaS': '<3>', 'a[NSt]|BY': '<2>', '<[^>]*>': '|', '\\|[^|][^|]*\\|': '-'}
s = seq
for f, r in list(subst.items()):
    s = re.sub(f, r, s)
print(ilen, clen, len(s))
