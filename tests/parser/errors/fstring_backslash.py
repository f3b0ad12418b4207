x = f'{a\\n}'
