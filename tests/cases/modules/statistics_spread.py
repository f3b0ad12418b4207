import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
print(st.stdev(data), st.pstdev(data), st.variance(data), st.pvariance(data))
print(st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]))
dd = [D('1.5'), D('2.5'), D('2.5'), D('2.75')]
print(st.stdev(dd), st.variance(dd), st.pstdev(dd), st.pvariance(dd))
fd = [F(1, 2), F(3, 4), F(1)]
print(st.variance(fd), st.pvariance(fd), st.stdev([F(1), F(2), F(4)]))
print(st.variance(data, xbar=st.mean(data)), st.pvariance([D(1), D(2)], mu=D('1.5')))
try:
    st.stdev([1])
except st.StatisticsError as e:
    print('StatisticsError', e)
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 8]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4], [2, 4, 6, 8.5]))
n = st.NormalDist(10, 2)
print(n.mean, n.stdev, round(n.cdf(12), 6), round(n.pdf(10), 6), n.inv_cdf(0.5))
