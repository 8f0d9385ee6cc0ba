/** Frame of the network diagram (SVG user units). */
export const NETWORK_SIZE = 640;
const CENTRE = NETWORK_SIZE / 2;
const RADIUS = 200;
/** Labels sit this far outside the circle. */
const LABEL_GAP = 22;

export type NodePosition = {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle' | 'end';
};

/** Nodes evenly around a circle, the first at the top, going clockwise. */
export const circlePositions = (count: number): NodePosition[] =>
  Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(count, 1);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      x: round(CENTRE + RADIUS * cos),
      y: round(CENTRE + RADIUS * sin),
      labelX: round(CENTRE + (RADIUS + LABEL_GAP) * cos),
      labelY: round(CENTRE + (RADIUS + LABEL_GAP) * sin + 5),
      anchor: Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end',
    };
  });

/**
 * The path of the `index`-th link between two nodes: a straight line for the first, then curves
 * bending alternately to either side, so several links between one pair stay apart.
 */
export const linkPath = (a: NodePosition, b: NodePosition, index: number) => {
  if (index === 0) return `M${a.x},${a.y}L${b.x},${b.y}`;
  const side = index % 2 === 1 ? 1 : -1;
  const bend = side * 40 * Math.ceil(index / 2);
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = Math.hypot(dx, dy) || 1;
  const cx = (a.x + b.x) / 2 - (dy / length) * bend;
  const cy = (a.y + b.y) / 2 + (dx / length) * bend;
  return `M${a.x},${a.y}Q${Math.round(cx)},${Math.round(cy)} ${b.x},${b.y}`;
};
