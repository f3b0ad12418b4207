import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5, 4]), st.mean([F(1, 2), F(3, 4)]),
      st.mean([D('0.5'), D('0.75'), D('0.625')]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([4, 1, 3, 2]),
      st.median_high([4, 1, 3, 2]), st.median([D(1), D(3)]), st.median([F(1, 3), F(1, 2)]))
print(st.mode([1, 1, 2, 3]), st.multimode('aabbc'), st.median_grouped([1, 2, 2, 3, 4]))
print(st.fmean([1, 2, 3, 4.5]), st.fmean([D(1), D(2)]), st.geometric_mean([1, 2, 4]),
      st.harmonic_mean([1, 2, 4]))
print(st.harmonic_mean([D('0.5'), D('0.25')]), st.mean([True, False, True]))
for bad in [[], [D(1), 1.5]]:
    try:
        print(st.mean(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    st.median([])
except st.StatisticsError as e:
    print('StatisticsError', e)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.quantiles([D(1), D(5), D(9)], n=2))
