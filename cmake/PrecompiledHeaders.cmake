# Precompiled headers for cold builds (CI and the README's test command on a
# fresh machine, where every object is compiled once and parsing the Qt
# headers is about half of each compile). One target, imageprep_pch,
# precompiles the Qt Core and standard headers most sources include; the
# libraries, programs, tests and fuzz targets reuse its PCH (REUSE_FROM), so
# the headers are compiled once per build. Only external headers go in: a
# project header in the PCH would rebuild everything when it changes and
# could hide a missing #include. QTest stays out: Qt6::Test defines
# QT_TESTCASE_BUILDDIR per folder, which one shared PCH cannot match.
#
# Off when ccache is the compiler launcher (the developers' set-up): ccache
# does not cache compiles that use a PCH unless its sloppiness allows it, and
# a PCH made in one worktree would never match another's, so the shared cache
# would stop serving hits. The PCH needs the same compile flags everywhere:
# GCC (-Winvalid-pch, -Werror) and clang refuse a PCH built with other
# flags, so a mismatch fails the build rather than being silently ignored.
set(imageprep_pch_default ON)
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    set(imageprep_pch_default OFF)
endif()
option(IMAGEPREP_PCH "Precompile the Qt and standard headers (faster cold builds; off with ccache)"
       ${imageprep_pch_default})

if(IMAGEPREP_PCH)
    add_library(imageprep_pch OBJECT ${CMAKE_CURRENT_LIST_DIR}/pch.cpp)
    set_target_properties(imageprep_pch PROPERTIES AUTOMOC OFF)
    target_link_libraries(imageprep_pch PRIVATE Qt6::Core imageprep_settings)
    target_precompile_headers(imageprep_pch PRIVATE
        <QByteArray> <QCoreApplication> <QCryptographicHash> <QDateTime> <QDir>
        <QElapsedTimer> <QFile> <QFileInfo> <QHash> <QJsonArray> <QJsonDocument>
        <QJsonObject> <QList> <QMap> <QObject> <QProcess> <QRegularExpression>
        <QSet> <QString> <QStringList> <QTemporaryDir>
        <algorithm> <atomic> <functional> <memory> <optional> <vector>)
endif()

# Lets target use the shared PCH (when IMAGEPREP_PCH is on).
function(imageprep_use_pch target)
    if(IMAGEPREP_PCH)
        target_precompile_headers(${target} REUSE_FROM imageprep_pch)
    endif()
endfunction()
