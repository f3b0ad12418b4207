import _csv
class Sink:
    def write(self, s): return len(s)
def attempt(f):
    try: print(f())
    except _csv.Error as e: print('Error', e)
    except Exception as e: print(type(e).__name__, e)
attempt(lambda: _csv.writer(Sink(), quoting=_csv.QUOTE_NONE).writerow(['']))
attempt(lambda: _csv.writer(Sink(), quoting=_csv.QUOTE_NONE).writerow(['a,b']))
attempt(lambda: _csv.writer(Sink(), doublequote=False).writerow(['a"b']))
attempt(lambda: _csv.writer(Sink()).writerow(1))
attempt(lambda: _csv.writer(Sink()).writerow())
attempt(lambda: _csv.writer(Sink()).writerows(1))
attempt(lambda: _csv.writer(1))
attempt(lambda: _csv.writer())
class Bad:
    def __str__(self): raise ValueError('no str')
attempt(lambda: _csv.writer(Sink()).writerow([Bad()]))
class W:
    def write(self, s): raise OSError('disk full')
attempt(lambda: _csv.writer(W()).writerow(['x']))
