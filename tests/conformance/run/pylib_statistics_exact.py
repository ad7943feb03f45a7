import statistics as st
from fractions import Fraction

F = Fraction
print(st.mean([F(1, 2), F(1, 3)]), st.mean([F(1, 2), 1]), st.mean([F(1, 2), 0.5]), type(st.mean([F(1), 2])).__name__)
print(st.variance([F(1, 2), F(3, 2), F(5, 2)]), st.pvariance([F(1), F(2), F(4)]), st.median([F(1, 3), F(2, 3)]))
print(st.harmonic_mean([F(1, 2), F(1, 4)]), st.mode([F(1, 2), F(1, 2), 3]), st.median_low([F(1), 2, 3.5]))
print(st.mean([10 ** 30, 10 ** 30 + 2]), st.mean([1e300, 1e300]), st.mean([-1, -2, -3.5]))
print(st.variance([1e10, 1e10 + 1, 1e10 + 2]), st.stdev([1e10, 1e10 + 1, 1e10 + 2]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.stdev([1, 1, 1, 1]), st.variance([1.5] * 5), st.pvariance([7]))
print(st.mean([float('inf'), 1]), st.variance([1, float('inf')]) != 0, st.mean([0.1] * 10), st.fmean([0.1] * 10))
print(st.median(['b', 'a', 'c']), st.median_high(['b', 'a']), st.mode('mississippi'), st.multimode('mississippi'))
print(st.mean(x / 7 for x in range(1, 8)), st.stdev(x * 0.1 for x in range(10)), st.median(range(1, 11)))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1.5, 2.5, 3.5, 10.0], n=3, method='inclusive'))
print(st.mean([True, True, False]), st.variance([True, False, True, False]))
