"""Print preview of the real PDF pages (pypdfium2 renders them), and printing them."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.settings import Settings
from app.ui.widgets import screen_fit

WINDOW_NAME = "print_preview"  # where the preview was last left (settings)


def page_images(pdf: Path, dpi: int = 150) -> list[QImage]:
    """Every page of ``pdf`` as an image, exactly as the file will print."""
    document = pdfium.PdfDocument(str(pdf))
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888
                if bitmap.n_channels == 3
                else QImage.Format.Format_RGBA8888,
            ).copy()  # own the pixels: the bitmap is freed below
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


def paint_pages(printer: QPrinter, images: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()


class PdfPreviewDialog(QPrintPreviewDialog):
    """Keeps its printer alive: Qt's dialog does not own it, and a printer collected by
    Python while the dialog paints is a crash. Sized for the screen it opens on (a whole
    A4 page where there is room, never taller than the screen), and opens again where the
    user left it if that fits."""

    def __init__(
        self,
        printer: QPrinter,
        images: list[QImage],
        parent: QWidget | None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(printer, parent)
        self.kept_printer = printer
        self.images = images
        self.settings = settings if settings is not None else Settings()
        self.paintRequested.connect(lambda target: paint_pages(target, self.images))
        screen_fit.place(self, QSize(900, 1000), self.settings, WINDOW_NAME)

    def done(self, result: int) -> None:
        screen_fit.remember(self, self.settings, WINDOW_NAME)
        super().done(result)

    @classmethod
    def run(cls, parent: QWidget, pdf: Path) -> None:
        """Preview ``pdf`` until the user prints it or closes the preview."""
        preview_of(pdf, parent).exec()


def preview_of(
    pdf: Path, parent: QWidget | None = None, settings: Settings | None = None
) -> PdfPreviewDialog:
    """A modal preview with the print button of Qt's dialog; A4 portrait, no margins."""
    images = page_images(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    printer.setFullPage(True)
    printer.setDocName(pdf.stem)
    dialog = PdfPreviewDialog(printer, images, parent, settings)
    dialog.setWindowTitle(pdf.name)
    return dialog
