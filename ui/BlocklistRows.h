#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace mailready::ui {

class WizardModel;

// Every blocklist as a row of its own: the status (icon, shape, word), the list and the address or name asked about,
// what its answer means or why it could not be judged, and a button to the list's removal page. The buttons open
// only addresses from MailReady's own catalog; text that came from DNS (a list's TXT answer) stays plain text, never
// a link. Rows that need attention come first.
class BlocklistRows final : public QWidget
{
    Q_OBJECT
public:
    explicit BlocklistRows(WizardModel* model, QWidget* parent = nullptr);

    int rowCount() const { return m_rows; }

private:
    void refresh();
    void clearRows();

    WizardModel* m_model;
    QGridLayout* m_grid;
    QLabel* m_empty;
    int m_rows = 0;
};

} // namespace mailready::ui
