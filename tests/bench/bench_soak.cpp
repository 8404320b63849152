// A long watch on the wizard's Verify page: the wizard walked to Verify on a domain, "Keep checking" on, then
// Re-check pressed N times, each as soon as the run before has ended (plus a pause), all inside the application's
// own event loop. Prints one line per sample, at the start, after the warm-up, every 10 re-checks and at the end:
//   sample n=RECHECKS rss_kib=RESIDENT heap_kib=MALLOC_IN_USE objects=OBJECTS_OF_THE_WIZARD
// scripts/bench-soak reads them and works out the slope. Never run by ctest.
// Usage: bench_soak --domain D --hostname H --ip A --nameserver HOST:PORT [--rechecks N] [--warmup W] [--pause MS]
#include "MailReadyWizard.h"
#include "WizardModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QWizardPage>

#include <malloc.h>
#include <unistd.h>

#include <cstdio>

using namespace mailready;

static long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Bytes handed out by malloc and not yet freed: what the program keeps, unlike RSS without the allocator's slack.
static long heapKiB()
{
    const struct mallinfo2 m = mallinfo2();
    return static_cast<long>((m.uordblks + m.hblkhd) / 1024);
}

// Runs the event loop until the model is idle (and at least minMs have passed), at most 60 s.
static bool settle(ui::WizardModel* model, int minMs = 300)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while ((model->isRunning() || t.elapsed() < minMs) && t.elapsed() < 60000);
    return !model->isRunning();
}

static void sample(int rechecks, const QObject& wizard)
{
    std::printf("sample n=%d rss_kib=%ld heap_kib=%ld objects=%lld\n", rechecks, rssKiB(), heapKiB(),
                static_cast<long long>(wizard.findChildren<QObject*>().size()));
    std::fflush(stdout);
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MailReadySoak"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("domain"), QString(), QStringLiteral("D")});
    parser.addOption({QStringLiteral("hostname"), QString(), QStringLiteral("H")});
    parser.addOption({QStringLiteral("ip"), QString(), QStringLiteral("A")});
    parser.addOption({QStringLiteral("nameserver"), QString(), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("rechecks"), QString(), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("warmup"), QString(), QStringLiteral("W"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("pause"), QString(), QStringLiteral("MS"), QStringLiteral("200")});
    // For a heap profiler (heaptrack): end without tearing anything down, so what is still held shows as not freed
    // and two runs of different lengths tell what grows.
    parser.addOption({QStringLiteral("quick-exit"), QStringLiteral("End at once after the last sample.")});
    parser.process(app);
    const int rechecks = parser.value(QStringLiteral("rechecks")).toInt();
    const int warmup = qMin(parser.value(QStringLiteral("warmup")).toInt(), rechecks);
    const int pauseMs = parser.value(QStringLiteral("pause")).toInt();

    ui::MailReadyWizard wizard(GlobalOptions{});
    wizard.resize(900, 680);
    wizard.show();
    auto set = [&wizard](const char* name, const QString& value) {
        if (auto* e = wizard.findChild<QLineEdit*>(QLatin1String(name)))
            e->setText(value);
    };
    set("domain", parser.value(QStringLiteral("domain")));
    set("hostname", parser.value(QStringLiteral("hostname")));
    set("addresses", parser.values(QStringLiteral("ip")).join(QLatin1Char(' ')));
    set("nameservers", parser.value(QStringLiteral("nameserver")));
    // Page by page, as a user would, to the Verify page.
    while (wizard.currentId() != ui::MailReadyWizard::VerifyPageId) {
        settle(wizard.model());
        const int before = wizard.currentId();
        wizard.next();
        if (wizard.currentId() == before) {
            std::fprintf(stderr, "bench_soak: the wizard stopped at page %d\n", before);
            return 1;
        }
    }
    ui::WizardModel* model = wizard.model();
    settle(model);
    QWizardPage* verify = wizard.currentPage();
    auto* recheck = verify->findChild<QPushButton*>(QStringLiteral("recheck"));
    auto* keep = verify->findChild<QCheckBox*>(QStringLiteral("keep-checking"));
    if (!recheck || !keep) {
        std::fprintf(stderr, "bench_soak: the Verify page has no Re-check or Keep checking\n");
        return 1;
    }
    keep->setChecked(true);

    sample(0, wizard);
    int done = 0;
    int stuck = 0;
    // Each Re-check is pressed from a timer, so it runs inside the application's event loop as a click would.
    QTimer press;
    press.setSingleShot(true);
    QObject::connect(&press, &QTimer::timeout, &app, [&] {
        if (model->isRunning()) {
            if (++stuck > 600) {
                std::fprintf(stderr, "bench_soak: a re-check did not end within 60 s\n");
                app.exit(1);
            }
            press.start(100);
            return;
        }
        stuck = 0;
        if (done > 0 && (done % 10 == 0 || done == warmup || done == rechecks))
            sample(done, wizard);
        if (done == rechecks) {
            app.exit(0);
            return;
        }
        ++done;
        recheck->click();
        press.start(pauseMs);
    });
    press.start(pauseMs);
    const int rc = app.exec();
    if (rc != 0)
        return rc;
    if (parser.isSet(QStringLiteral("quick-exit"))) {
        std::fflush(stdout);
        _exit(0);
    }

    return 0;
}
