if x:
    y
    
