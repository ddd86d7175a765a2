#pragma once
// Arms the write fault of FaultWrite.cpp for this process and its children
// (through the environment), and disarms it when it goes out of scope.
#include <QByteArray>

#include <cerrno>

namespace imageprep::testing {

class WriteFault {
public:
    explicit WriteFault(const QByteArray &pathPart, int err = ENOSPC, qint64 after = 0)
    {
        qputenv("IMAGEPREP_FAULT_ERRNO", QByteArray::number(err));
        qputenv("IMAGEPREP_FAULT_AFTER", QByteArray::number(after));
        qputenv("IMAGEPREP_FAULT_PATH", pathPart);
    }
    ~WriteFault()
    {
        qunsetenv("IMAGEPREP_FAULT_PATH");
        qunsetenv("IMAGEPREP_FAULT_AFTER");
        qunsetenv("IMAGEPREP_FAULT_ERRNO");
    }
    WriteFault(const WriteFault &) = delete;
    WriteFault &operator=(const WriteFault &) = delete;
};

} // namespace imageprep::testing
