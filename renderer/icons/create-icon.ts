import type { IconName } from '../../main/core/model.ts';
import { iconTree, type SvgNode, trayPalette } from './weather-icons.ts';

const svgNamespace = 'http://www.w3.org/2000/svg';
let iconCount = 0;

function createSvgElement(node: SvgNode): SVGElement {
  const element = document.createElementNS(svgNamespace, node.tag);
  for (const [key, value] of Object.entries(node.attributes)) {
    if (key !== 'xmlns') {
      element.setAttribute(key, value);
    }
  }
  for (const child of node.children) {
    element.append(createSvgElement(child));
  }
  return element;
}

/**
 * Creates an inline SVG weather icon. With a label it is an image for screen readers, without
 * one it is hidden from them because text next to it says the same.
 */
export function createIcon(name: IconName, label?: string): SVGElement {
  iconCount += 1;
  const svg = createSvgElement(iconTree(name, trayPalette, `icon${iconCount}`));
  svg.dataset.icon = name;
  svg.setAttribute('focusable', 'false');
  if (label) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  } else {
    svg.setAttribute('aria-hidden', 'true');
  }
  return svg;
}
