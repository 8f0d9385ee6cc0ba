import type { SVGProps } from 'react';

/**
 * One linked area of a map (a country, a state): a white outline that keeps its width when the
 * map scales, dimmed on hover and outlined in dark on keyboard focus of its enclosing link
 * (`<a className="group">`).
 */
export const MapUnitPath = (props: SVGProps<SVGPathElement> & { d: string; fill: string }) => (
  <path
    {...props}
    stroke="#fff"
    strokeWidth={0.75}
    vectorEffect="non-scaling-stroke"
    className="group-hover:opacity-80 group-focus-visible:stroke-slate-950 group-focus-visible:[stroke-width:3px]"
  />
);
