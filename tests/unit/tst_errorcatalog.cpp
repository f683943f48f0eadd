#include "core/api/errorcatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ErrorKind)

class tst_ErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void deliveryProblemsAreExplained();
    void onlyLogServiceFlowLogsAreReadOnly();
    void busyFlowLogIsExplained();
    void everyDocumentedCodeIsExplained_data();
    void everyDocumentedCodeIsExplained();
    void everyClientCodeIsExplained();
    void classification_data();
    void classification();
    void unknownCodeFallsBackToServerWords();
    void unknownCodeWithoutWordsNamesTheCode();
    void unknownOutcomeSaysToCheckFirst();
    void serverStringToSignIsExtracted();
    void transportCodesRoundTrip();
    void forbiddenListingNamesThePermissionAndTypedIds();
};

// The codes of api-notes §5, written out here rather than taken from the catalog, so a code
// dropped from the catalog fails this test.
void tst_ErrorCatalog::everyDocumentedCodeIsExplained_data()
{
    QTest::addColumn<QString>("code");
    const char *codes[] = {"MissingParameter", "INVALID_PARAMETER", "InvalidParameter", "SignatureDoesNotMatch",
        "IncompleteSignature", "InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive",
        "InvalidTimeStamp.Expired", "SignatureNonceUsed", "InvalidSecurityToken.Expired",
        "InvalidSecurityToken.MismatchWithAccessKey", "Forbidden.RAM", "InvalidRegionId.NotFound", "OperationUnsupported.action",
        "OperationDenied.TrafficPathNotEnabled",
        "ResourceNotFound.VPC", "ResourceNotFound.VSwitch", "ResourceNotFound.NetworkInterface",
        "OperationFailed.ExceedPurchaseLimit", "Throttling", "Throttling.User",
        "Throttling.Api", "OperationConflict", "TaskConflict", "IncorrectStatus", "LastTokenProcessing",
        "SystemBusy", "InternalError", "UnknownError", "ServiceUnavailable"};
    for (const char *code : codes)
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_ErrorCatalog::everyDocumentedCodeIsExplained()
{
    QFETCH(QString, code);
    QVERIFY(ErrorCatalog::serverCodes().contains(code));
    const ErrorExplanation explanation = ErrorCatalog::explain(code, u"server words"_s);
    QVERIFY(explanation.known);
    QCOMPARE(explanation.code, code);
    QVERIFY(!explanation.explanation.isEmpty());
    QVERIFY(!explanation.action.isEmpty());
    QVERIFY(explanation.explanation != "server words"_L1);
}

void tst_ErrorCatalog::everyClientCodeIsExplained()
{
    const QStringList codes = ErrorCatalog::clientCodes();
    for (TransportError error : {TransportError::ConnectionRefused, TransportError::HostNotFound,
             TransportError::TlsFailure, TransportError::ConnectTimeout, TransportError::ReadTimeout,
             TransportError::ConnectionLost, TransportError::ResponseTooLarge, TransportError::MalformedResponse,
             TransportError::Other}) {
        const QString code = TransportErrors::code(error);
        QVERIFY2(codes.contains(code), qPrintable(code));
        const ErrorExplanation explanation = ErrorCatalog::explain(code);
        QVERIFY(explanation.known);
        QVERIFY(!explanation.explanation.isEmpty());
        QVERIFY(!explanation.action.isEmpty());
        QVERIFY(!TransportErrors::message(error).isEmpty());
    }
    QVERIFY(ErrorCatalog::explain(QLatin1String(ErrorCatalog::cancelledCode)).known);
}

void tst_ErrorCatalog::classification_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorKind>("kind");

    QTest::newRow("Throttling") << u"Throttling"_s << ErrorKind::RetryableNow;
    QTest::newRow("Throttling.User") << u"Throttling.User"_s << ErrorKind::RetryableNow;
    QTest::newRow("Throttling.Api") << u"Throttling.Api"_s << ErrorKind::RetryableNow;
    QTest::newRow("undocumented throttling") << u"Throttling.Concurrency"_s << ErrorKind::RetryableNow;
    QTest::newRow("ServiceUnavailable") << u"ServiceUnavailable"_s << ErrorKind::RetryableNow;
    QTest::newRow("InternalError") << u"InternalError"_s << ErrorKind::RetryableNow;
    QTest::newRow("UnknownError") << u"UnknownError"_s << ErrorKind::RetryableNow;
    QTest::newRow("ConnectionRefused") << u"ConnectionRefused"_s << ErrorKind::RetryableNow;
    QTest::newRow("ConnectTimeout") << u"ConnectTimeout"_s << ErrorKind::RetryableNow;
    QTest::newRow("OperationConflict") << u"OperationConflict"_s << ErrorKind::TransientConflict;
    QTest::newRow("TaskConflict") << u"TaskConflict"_s << ErrorKind::TransientConflict;
    QTest::newRow("IncorrectStatus") << u"IncorrectStatus"_s << ErrorKind::TransientConflict;
    QTest::newRow("LastTokenProcessing") << u"LastTokenProcessing"_s << ErrorKind::TransientConflict;
    QTest::newRow("SystemBusy") << u"SystemBusy"_s << ErrorKind::TransientConflict;
    QTest::newRow("ReadTimeout") << u"ReadTimeout"_s << ErrorKind::Ambiguous;
    QTest::newRow("ConnectionLost") << u"ConnectionLost"_s << ErrorKind::Ambiguous;
    QTest::newRow("SignatureNonceUsed") << u"SignatureNonceUsed"_s << ErrorKind::Ambiguous;
    QTest::newRow("SignatureDoesNotMatch") << u"SignatureDoesNotMatch"_s << ErrorKind::Permanent;
    QTest::newRow("Forbidden.RAM") << u"Forbidden.RAM"_s << ErrorKind::Permanent;
    QTest::newRow("unknown") << u"Some.NewCode"_s << ErrorKind::Permanent;
    QTest::newRow("throttling lookalike") << u"ThrottlingX"_s << ErrorKind::Permanent;
}

void tst_ErrorCatalog::classification()
{
    QFETCH(QString, code);
    QTEST(ErrorCatalog::kind(code), "kind");
}

void tst_ErrorCatalog::unknownCodeFallsBackToServerWords()
{
    const ErrorExplanation explanation = ErrorCatalog::explain(u"Vpc.NewFailure"_s,
        u"Something new went wrong."_s, u"https://api.aliyun.com/troubleshoot?q=Vpc.NewFailure"_s);
    QVERIFY(!explanation.known);
    QCOMPARE(explanation.explanation, u"Something new went wrong."_s);
    QVERIFY(explanation.action.contains("https://api.aliyun.com/troubleshoot?q=Vpc.NewFailure"_L1));
    QCOMPARE(explanation.link, u"https://api.aliyun.com/troubleshoot?q=Vpc.NewFailure"_s);
}

void tst_ErrorCatalog::unknownCodeWithoutWordsNamesTheCode()
{
    const ErrorExplanation explanation = ErrorCatalog::explain(u"Vpc.NewFailure"_s);
    QVERIFY(!explanation.known);
    QVERIFY(explanation.explanation.contains("Vpc.NewFailure"_L1));
    QVERIFY(explanation.action.contains("Vpc.NewFailure"_L1));
}

void tst_ErrorCatalog::unknownOutcomeSaysToCheckFirst()
{
    ApiResult result;
    result.code = u"ReadTimeout"_s;
    result.outcome = Outcome::Failed;
    const QString failedAction = ErrorCatalog::explain(result).action;
    result.outcome = Outcome::Unknown;
    const ErrorExplanation unknown = ErrorCatalog::explain(result);
    QVERIFY(unknown.action != failedAction);
    QVERIFY(!unknown.action.isEmpty());
}

void tst_ErrorCatalog::serverStringToSignIsExtracted()
{
    const QString message = u"Specified signature is not matched with our calculation. server string to sign "
                            "is:POST&%2F&AccessKeyId%3Did"_s;
    QCOMPARE(ErrorCatalog::serverStringToSign(message), u"POST&%2F&AccessKeyId%3Did"_s);
    QVERIFY(ErrorCatalog::serverStringToSign(u"no such text"_s).isEmpty());
}

void tst_ErrorCatalog::transportCodesRoundTrip()
{
    for (TransportError error : {TransportError::ConnectionRefused, TransportError::ReadTimeout,
             TransportError::ResponseTooLarge, TransportError::Other}) {
        QCOMPARE(TransportErrors::fromCode(TransportErrors::code(error)), error);
    }
    QVERIFY(!TransportErrors::fromCode(u"Throttling"_s).has_value());
    QVERIFY(TransportErrors::code(TransportError::None).isEmpty());
    QVERIFY(TransportErrors::mayHaveActed(TransportError::ReadTimeout));
    QVERIFY(!TransportErrors::mayHaveActed(TransportError::ConnectionRefused));
}

void tst_ErrorCatalog::forbiddenListingNamesThePermissionAndTypedIds()
{
    const QString eni = ErrorCatalog::listingForbiddenMessage(u"DescribeNetworkInterfaces"_s);
    QVERIFY2(eni.contains(u"ecs:DescribeNetworkInterfaces"_s), qPrintable(eni));
    QVERIFY2(eni.contains(u"typed IDs still work"_s), qPrintable(eni));
    const QString vpcs = ErrorCatalog::listingForbiddenMessage(u"DescribeVpcs"_s);
    QVERIFY2(vpcs.contains(u"vpc:DescribeVpcs"_s), qPrintable(vpcs));
}

void tst_ErrorCatalog::deliveryProblemsAreExplained()
{
    for (const QString &message : {u"ProjectNotExist"_s, u"UnavaliableTarget"_s, u"UnknownError"_s}) {
        const ErrorCatalog::DeliveryProblem problem = ErrorCatalog::deliveryProblem(message);
        QVERIFY2(!problem.what.isEmpty() && problem.what != message, qPrintable(message));
        QVERIFY2(!problem.whatToDo.isEmpty(), qPrintable(message));
    }
    QVERIFY(ErrorCatalog::deliveryProblem(u"ProjectNotExist"_s).whatToDo.contains(u"same region"_s));
    const ErrorCatalog::DeliveryProblem other = ErrorCatalog::deliveryProblem(u"SomethingNew"_s);
    QCOMPARE(other.what, u"SomethingNew"_s);
    QVERIFY(other.whatToDo.isEmpty());
}

void tst_ErrorCatalog::onlyLogServiceFlowLogsAreReadOnly()
{
    QVERIFY(ErrorCatalog::readOnlyReason(u"sls"_s).contains(u"Log Service console"_s));
    QVERIFY(ErrorCatalog::readOnlyReason(QString()).isEmpty());
    QVERIFY(ErrorCatalog::readOnlyReason(u"vpc"_s).isEmpty());
}

void tst_ErrorCatalog::busyFlowLogIsExplained()
{
    const ErrorExplanation busy = ErrorCatalog::flowLogBusy(u"OperationConflict"_s);
    QCOMPARE(busy.code, u"OperationConflict"_s);
    QVERIFY(busy.explanation.contains(u"earlier change"_s));
    QVERIFY(busy.action.contains(u"minute"_s));
    QVERIFY(ErrorCatalog::explain(u"IncorrectStatus.flowlog"_s).explanation.contains(u"earlier change"_s));
    QVERIFY(ErrorCatalog::explain(u"InvalidFlowLogId.NotFound"_s).known);
}

QTEST_APPLESS_MAIN(tst_ErrorCatalog)
#include "tst_errorcatalog.moc"
