data = [(i % 7, i) for i in range(200)]
s = sorted(data, key=lambda t: t[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
print(s[:5], s[-3:])
r = sorted(data, key=lambda t: t[0], reverse=True)
print(r[:4], all(r[i][1] < r[i + 1][1] for i in range(len(r) - 1) if r[i][0] == r[i + 1][0]))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(sorted(words, key=len))
print(sorted(sorted(words), key=len, reverse=True))
nums = [(-1) ** i * i for i in range(20)]
nums.sort(key=abs)
print(nums)
