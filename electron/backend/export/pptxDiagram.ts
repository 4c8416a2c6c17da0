import type PptxNs from 'pptxgenjs';
import type { DiagramShape } from '../../../shared/document/blockTypes.ts';
import { PPTX_FONT } from './pptxFlow.ts';

type Slide = PptxNs.default.Slide;
type ShapeTypes = PptxNs.default['ShapeType'];

/** Where on the slide the diagram goes (inches) and how many inches one CSS pixel of it becomes. */
export interface DiagramPlacement {
  x: number;
  y: number;
  inchesPerPixel: number;
}

const hex = (color: string) => color.replace('#', '').toUpperCase();

/**
 * Draws a picture's shapes (shared/document/diagram.ts) as native PowerPoint shapes and text boxes, so the org
 * chart and the power map can be edited in PowerPoint like anything else on the slide.
 */
export function addDiagram(slide: Slide, shapeTypes: ShapeTypes, shapes: readonly DiagramShape[], place: DiagramPlacement): void {
  const inch = (pixels: number) => pixels * place.inchesPerPixel;
  // CSS pixels to points (0.75 pt per px at 96 dpi), scaled with the picture.
  const points = (pixels: number) => Math.max(1, Math.round(pixels * 0.75 * place.inchesPerPixel * 96 * 10) / 10);
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'rect':
        slide.addShape(shapeTypes.rect, {
          x: place.x + inch(shape.x),
          y: place.y + inch(shape.y),
          w: inch(shape.w),
          h: inch(shape.h),
          fill: { color: hex(shape.fill) },
          line: shape.stroke ? { color: hex(shape.stroke), width: points(shape.strokeWidth ?? 1), dashType: shape.dashed ? 'dash' : 'solid' } : { type: 'none' },
        });
        break;
      case 'circle':
        slide.addShape(shapeTypes.ellipse, {
          x: place.x + inch(shape.cx - shape.r),
          y: place.y + inch(shape.cy - shape.r),
          w: inch(shape.r * 2),
          h: inch(shape.r * 2),
          fill: { color: hex(shape.fill) },
          line: { type: 'none' },
        });
        break;
      case 'line':
        slide.addShape(shapeTypes.line, {
          x: place.x + inch(Math.min(shape.x1, shape.x2)),
          y: place.y + inch(Math.min(shape.y1, shape.y2)),
          w: inch(Math.abs(shape.x2 - shape.x1)),
          h: inch(Math.abs(shape.y2 - shape.y1)),
          flipH: (shape.x2 < shape.x1) !== (shape.y2 < shape.y1),
          line: { color: hex(shape.color), width: points(shape.width), dashType: shape.dash === 'dot' ? 'sysDot' : shape.dash === 'dash' ? 'dash' : 'solid' },
        });
        break;
      case 'text': {
        const height = shape.size * 1.35;
        const left = shape.anchor === 'middle' ? shape.x - shape.width / 2 : shape.x;
        slide.addText(shape.text, {
          x: place.x + inch(left),
          y: place.y + inch(shape.y - shape.size * 1.05),
          w: inch(shape.width),
          h: inch(height),
          fontFace: PPTX_FONT,
          fontSize: points(shape.size),
          bold: shape.bold ?? false,
          color: hex(shape.color),
          align: shape.anchor === 'middle' ? 'center' : 'left',
          valign: 'middle',
          margin: 0,
          fit: 'none',
        });
        break;
      }
    }
  }
}
