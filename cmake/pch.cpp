// The source of the imageprep_pch target (cmake/PrecompiledHeaders.cmake):
// CMake builds the precompiled header with this target; nothing else is here.
