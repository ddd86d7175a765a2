#pragma once
// Errors are values here, never exceptions: every fallible core call returns
// a Result<T> that holds either the value or an Error a user can act on.

#include <QString>
#include <utility>
#include <variant>

namespace imageprep {

enum class ErrorCode {
    Internal,
    InvalidArgument,
    NotFound,
    Unreadable,
    NotAnImage,
    Corrupt,
    Truncated,
    Encrypted,
    NoOperatingSystem,
    MultipleOperatingSystems,
    UnsupportedOs,
    NoSpace,
    UnsafeArchive,
    ArchiveError,
    GuestError,
    ToolMissing,
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message; // one sentence a user can act on
    QString detail;  // tool output or library error behind it, may be empty
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

using Status = Result<std::monostate>;
inline Status success() { return Status(std::monostate{}); }

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace imageprep
