class FigureCanvasBase:
    def __init__(self, figure=None):
        self.figure = figure
        if figure is not None:
            figure.canvas = self
