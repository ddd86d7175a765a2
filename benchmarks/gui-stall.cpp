// gui-stall: the longest GUI event-loop stall while the wizard opens,
// inspects and checks an image (and, when the fix engine is present,
// applies the default plan). A 5 ms timer on the GUI thread records the
// largest gap between two ticks. Target: under 50 ms. Prints the figures;
// exit code 0 when the work finished, 1 otherwise.
//
//   gui-stall IMAGE        (see benchmarks/gui-stall.sh for a generated image)
#include "MainWindow.h"
#include "StallProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace imageprep::ui;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("imageprep-benchmarks"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: gui-stall IMAGE\n");
        return 2;
    }
    const QString image = QString::fromLocal8Bit(argv[1]);
    MainWindow w;
    w.resize(1000, 700);
    w.show();

    StallProbe probe;
    QElapsedTimer clock;
    bool ok = false;
    QObject::connect(&w, &MainWindow::inspectionFinished, &app, [&](bool success) {
        ok = success;
        std::printf("inspect: %s in %.1f s, longest GUI stall %lld ms (%lld ticks of %d ms)\n",
                    success ? "finished" : "failed", clock.elapsed() / 1000.0, probe.longestGapMs(),
                    probe.ticks(), probe.intervalMs());
        QApplication::quit();
    });
    // Stage timestamps, to tell which step a stall belongs to.
    QObject::connect(&w.session(), &imageprep::Session::stage, &app, [&](const QString &text) {
        std::printf("%7.3f s  %s\n", probe.elapsedMs() / 1000.0, qPrintable(text));
    });
    QObject::connect(&w.session(), &imageprep::Session::inspected, &app, [&] {
        std::printf("%7.3f s  inspected\n", probe.elapsedMs() / 1000.0);
    });
    QObject::connect(&w.session(), &imageprep::Session::checked, &app, [&] {
        std::printf("%7.3f s  checked\n", probe.elapsedMs() / 1000.0);
    });
    // Let the window paint first: start-up (fonts, first layout) is not guest work.
    QTimer::singleShot(1000, &w, [&] {
        probe.start();
        clock.start();
        w.openImage(image);
    });
    app.exec();
    std::printf("gui-stall: longest GUI event-loop stall %lld ms, ending at %.3f s (target < 50 ms)\n",
                probe.longestGapMs(), probe.longestGapEndMs() / 1000.0);
    return ok ? 0 : 1;
}
