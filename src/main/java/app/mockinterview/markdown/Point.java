package app.mockinterview.markdown;

/** A point of a drawing, in SVG user units (pixels). */
record Point(double x, double y) {

}
