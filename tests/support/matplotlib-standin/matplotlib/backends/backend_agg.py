from ..backend_bases import FigureCanvasBase


class FigureCanvasAgg(FigureCanvasBase):
    pass
