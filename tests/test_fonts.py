"""The CJK font: found in the installed wheel by its file, registered with matplotlib, and it draws Chinese."""

import warnings

import pytest

from reportfacts.publish import fonts


def test_the_open_face_is_found_by_file_and_becomes_the_default():
    path = fonts.font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf" and path.is_file()
    assert fonts.use_cjk_font() == "Noto Sans CJK SC"
    assert fonts.resolved_font_file().resolve() == path.resolve()  # the wheel's file, not a system copy


def test_missing_package_or_file_fails_loudly(tmp_path):
    with pytest.raises(fonts.FontError, match="not installed"):
        fonts.font_path(package="no_such_font_package_xyz")
    with pytest.raises(fonts.FontError, match="not found"):
        fonts.font_path(filename="NoSuchFace.otf")
    with pytest.raises(fonts.FontError, match="does not exist"):
        fonts.use_cjk_font(tmp_path / "missing.otf")


def test_chinese_text_draws_without_a_missing_glyph_warning(tmp_path):
    from matplotlib.figure import Figure

    fonts.use_cjk_font()
    fig = Figure(figsize=(2, 1))
    fig.text(0.1, 0.5, "全国综合排名 第130位 −5 m²")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.savefig(tmp_path / "x.png")


def test_the_credit_names_the_face_and_its_open_licence():
    assert "Noto Sans CJK SC" in fonts.FONT_CREDIT and "Open Font License" in fonts.FONT_CREDIT
    assert "SimHei" not in fonts.FONT_CREDIT
