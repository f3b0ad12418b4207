"""A quarterly sales report exercising the format mini-language and %-formatting."""

REGIONS = ["North", "South", "East", "West", "Overseas"]
PRODUCTS = {
    "Widget": (19.99, [1200, 950, 1430, 870, 310]),
    "Gadget": (149.5, [85, 120, 64, 98, 41]),
    "Doohickey": (4.25, [15000, 12250, 9800, 17325, 2210]),
    "Thingamajig": (1299.0, [3, 7, 0, 5, 12]),
}
TARGETS = {"North": 60_000, "South": 110_000, "East": 90_000, "West": 75_000, "Overseas": 25_000}


def money(amount):
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"


def bar(fraction, width=20):
    filled = round(fraction * width)
    return "#" * filled + "." * (width - filled)


def table(headers, rows, aligns):
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]
    def line(cells):
        parts = []
        for cell, width, align in zip(cells, widths, aligns):
            parts.append(f"{cell:{align}{width}}")
        return "| " + " | ".join(parts) + " |"
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(rule)
    print(line(headers))
    print(rule.replace("-", "="))
    for row in rows[:-1]:
        print(line(row))
    print(rule)
    print(line(rows[-1]))
    print(rule)


title = "Quarterly Sales Report"
print("*" * 60)
print(f"*{title.upper():^58}*")
print("*{:^58}*".format("Q3 2026 - all figures in USD"))
print("*" * 60)
print()

revenue = {region: 0.0 for region in REGIONS}
rows = []
for product, (price, units) in PRODUCTS.items():
    sales = [price * n for n in units]
    for region, amount in zip(REGIONS, sales):
        revenue[region] += amount
    rows.append([product, f"{price:.2f}", f"{sum(units):,}"] + [f"{s:,.0f}" for s in sales]
                + [money(sum(sales))])
grand = sum(revenue.values())
rows.append(["TOTAL", "", f"{sum(sum(u) for _, u in PRODUCTS.values()):,}"]
            + [f"{revenue[r]:,.0f}" for r in REGIONS] + [money(grand)])
table(["Product", "Price", "Units"] + REGIONS + ["Revenue"], rows,
      ["<", ">", ">"] + [">"] * len(REGIONS) + [">"])

print()
print("Share of revenue by region")
for region in sorted(REGIONS, key=revenue.get, reverse=True):
    share = revenue[region] / grand
    print(f"  {region:<9} {bar(share)} {share:6.1%}  {money(revenue[region]):>14}")

print()
print("Performance against target")
print("  %-9s %12s %12s %10s  %s" % ("Region", "Actual", "Target", "Delta", "Status"))
for region in REGIONS:
    actual, target = revenue[region], TARGETS[region]
    delta = actual - target
    status = "MET" if delta >= 0 else "missed by %.1f%%" % (-delta / target * 100)
    print("  %-9s %12.2f %12d %+10.0f  %s" % (region, actual, target, delta, status))

print()
print("Number formats")
value = 1234567.891
for spec in ["", ",", "_", ".2f", ",.2f", "12.3e", ".3g", "015,.1f", "+.0f", " .1f", "%", ".1%"]:
    print(f"  {spec!r:>10}: [{value / 1e6 if '%' in spec else value:{spec}}]")
for spec in ["d", "b", "o", "x", "X", "#x", "#o", "#b", "08b", "c", ",d", "_x", "+d", "^9d", "=+9d"]:
    print(f"  {spec!r:>10}: [{77 if spec != ',d' else 7_700_000:{spec}}]")

print()
print("Strings")
name = "coil"
print("  [%s] [%10s] [%-10s] [%.2s] [%r] [%c]" % (name, name, name, name, name, 65))
print("  [{:>10}] [{:*<10}] [{:-^10}] [{!r:^12}] [{:.3}]".format(name, name, name, name, name))
print("  [" + name.center(11, "~") + "] [" + name.ljust(8, ".") + "] [" + name.rjust(8) + "]")
print("  [%(lang)s %(version).1f by %(n)03d people]" % {"lang": "Python", "version": 3.11, "n": 7})
print("  [%5.1f%%] [%x] [%#o] [%e] [%g] [%G]" % (99.5, 255, 8, 12345.678, 0.00001234, 1e20))
print("  {0} {1} {0!r} {1:>4}|{name:^7}|".format("a", "b", name="mid"))
print("  zero-padded:", f"{42:05d}", f"{-42:05d}", f"{3.14159:08.3f}", "%05.1f" % -2.5)
print("  nested width:", "[{:{fill}{align}{width}}]".format("x", fill="_", align=">", width=6))

print()
print("Invoice")
items = [("Consulting", 12.5, 180.0), ("Hosting", 3, 49.99), ("Support plan", 1, 1200.0),
         ("Discount", 1, -150.0)]
subtotal = 0.0
for description, qty, unit in items:
    line_total = qty * unit
    subtotal += line_total
    qty_text = f"{qty:g}" if isinstance(qty, float) else str(qty)
    print(f"  {description:.<20}{qty_text:>6} x {unit:>9,.2f} = {line_total:>10,.2f}")
tax = round(subtotal * 0.0825, 2)
for label, amount in [("Subtotal", subtotal), ("Tax 8.25%", tax), ("Total", subtotal + tax)]:
    print(f"  {label:>38}: {amount:>10,.2f}")
