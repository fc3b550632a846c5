import QRCode from "qrcode";

/**
 * A QR code as SVG, made on the server: it prints sharp at any size and shows without
 * JavaScript. The text is a link the app built; the SVG holds no markup from what a person typed.
 */
export function qrCodeSvg(text: string) {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
