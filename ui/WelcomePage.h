#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace mailready::ui {

// Domain, mail hostname, optional server addresses and (advanced) nameservers; Next stays off until they are valid.
class WelcomePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    bool isComplete() const override;

    // Each returns an empty string when its field is valid, else one plain sentence.
    QString domainProblem() const;
    QString hostnameProblem() const;
    QString addressesProblem() const;
    QString nameserversProblem() const;

private:
    void updateProblems();

    QLineEdit* m_domain;
    QLineEdit* m_hostname;
    QLineEdit* m_addresses;
    QLineEdit* m_nameservers;
    QLabel* m_problem;
};

} // namespace mailready::ui
