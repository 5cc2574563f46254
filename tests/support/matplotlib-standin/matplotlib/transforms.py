class TransformNode:
    pass


class IdentityTransform(TransformNode):
    def transform(self, values):
        return values
