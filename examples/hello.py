print("Hello from Coil!")
