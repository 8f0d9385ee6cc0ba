/** Tenths of a unit: finer than a screen pixel in the map's 600-unit frame. */
const round = (value: number) => Math.round(value * 10);

// "0.5" → ".5", "-0.5" → "-.5": SVG accepts numbers without the leading zero.
const format = (tenths: number) => (tenths / 10).toString().replace(/^(-?)0\./, '$1.');

// A minus sign already separates two numbers; anything else needs a comma.
const join = (text: string, number: string) =>
  text === '' || number.startsWith('-') ? text + number : `${text},${number}`;

/**
 * A d3-geo path context that writes relative SVG commands (m, l, z) with implicit repeated
 * line-tos. The same shapes take about a third fewer bytes than geoPath's absolute output, and
 * the map is sent twice (HTML and the RSC payload). Coordinates are kept in integer tenths so
 * rounding errors never accumulate along a border.
 */
export class RelativePathContext {
  private d = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private drawingLine = false;

  moveTo(x: number, y: number) {
    const [tx, ty] = [round(x), round(y)];
    this.d += `m${join(format(tx - this.x), format(ty - this.y))}`;
    [this.x, this.y, this.startX, this.startY] = [tx, ty, tx, ty];
    // After m, further coordinate pairs are relative line-tos without a letter.
    this.drawingLine = true;
  }

  lineTo(x: number, y: number) {
    const [tx, ty] = [round(x), round(y)];
    if (tx === this.x && ty === this.y) return;
    const pair = join(format(tx - this.x), format(ty - this.y));
    this.d = this.drawingLine ? join(this.d, pair) : `${this.d}l${pair}`;
    [this.x, this.y] = [tx, ty];
    this.drawingLine = true;
  }

  closePath() {
    this.d += 'z';
    // SVG puts the current point back at the start of the closed subpath.
    [this.x, this.y] = [this.startX, this.startY];
    this.drawingLine = false;
  }

  /** Point geometries: the map draws none. */
  arc() {}

  /** The path data so far; the context starts again from the origin. */
  result() {
    const d = this.d;
    this.d = '';
    [this.x, this.y, this.startX, this.startY] = [0, 0, 0, 0];
    this.drawingLine = false;
    return d;
  }
}
