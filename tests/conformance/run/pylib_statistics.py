import statistics as st
from statistics import StatisticsError

print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([0.1, 0.2, 0.3]))
print(st.mean([1.5, 2.5, -0.25]), st.mean(range(10)), st.mean(iter([3, 4])), st.mean([True, False, True]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))
print(st.geometric_mean([54, 24, 36]), round(st.harmonic_mean([40, 60]), 12), st.harmonic_mean([2.5, 3]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([2, 1]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabbb'), st.mode([1, 2]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.pvariance([2, 2]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]))
print(st.stdev([10 ** 20, 10 ** 20 + 1, 10 ** 20 + 2]), st.variance([0.1, 0.2, 0.3, 0.4]), st.pstdev([5]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = st.mean(data)
print(st.variance(data, m), st.pvariance([1, 2, 3], mu=2))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'))
for bad in (lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]),
            lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([7]),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([]), lambda: st.fmean([]),
            lambda: st.mean(['a', 'b'])):
    try:
        print(bad())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(StatisticsError, ValueError))
print(st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4], [2, 4, 6, 8.5]))
lr = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5])
print(lr, lr.slope)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, round(nd.cdf(115), 10), round(nd.pdf(100), 12), nd + 5, nd * 2)
