"""stub"""
MESSAGES: list = []
