def compute(data):
    return data['values'][0] + data['offset']
compute({'values': [1], 'offset': 'x'})
