import time
print(time.strptime("2023-05-17 10:20:30", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Wed May 17 10:20:30 2023"))
print(time.strptime("17/05/23", "%d/%m/%y")[:3])
try:
    time.strptime("2023", "%d")
except ValueError as e:
    print("ValueError", e)
