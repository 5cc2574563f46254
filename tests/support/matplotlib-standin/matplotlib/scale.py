class LinearScale:
    name = "linear"
