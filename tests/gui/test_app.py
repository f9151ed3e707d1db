from PySide6.QtWidgets import QLabel

from siaga import codebook
from siaga.gui.app import MainWindow


def test_main_window_shows_station_and_codebook(qtbot, tmp_path):
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label = window.centralWidget()
    assert isinstance(label, QLabel)
    assert codebook.current().version in label.text() and str(tmp_path) in label.text()
    assert label.accessibleName()
