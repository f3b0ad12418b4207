class Parser:
    def parse(self, text):
        return self.parse_number(text)
    def parse_number(self, text):
        return int(text)
class App:
    def run(self):
        p = Parser()
        return p.parse('12x')
print('starting')
App().run()
