class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"app failed with {code}")
        self.code = code
def level1():
    raise AppError(7)
print("start", flush=True)
level1()
