/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.Plan#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link pdca.model.Plan#getTitle <em>Title</em>}</li>
 *   <li>{@link pdca.model.Plan#getAgency <em>Agency</em>}</li>
 *   <li>{@link pdca.model.Plan#getRocYear <em>Roc Year</em>}</li>
 *   <li>{@link pdca.model.Plan#getPeriod <em>Period</em>}</li>
 *   <li>{@link pdca.model.Plan#getApproval <em>Approval</em>}</li>
 *   <li>{@link pdca.model.Plan#getVersionLabel <em>Version Label</em>}</li>
 *   <li>{@link pdca.model.Plan#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link pdca.model.Plan#getBasis <em>Basis</em>}</li>
 *   <li>{@link pdca.model.Plan#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link pdca.model.Plan#getTargetDescription <em>Target Description</em>}</li>
 *   <li>{@link pdca.model.Plan#getTargetUnits <em>Target Units</em>}</li>
 *   <li>{@link pdca.model.Plan#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link pdca.model.Plan#getStrategyPreamble <em>Strategy Preamble</em>}</li>
 *   <li>{@link pdca.model.Plan#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link pdca.model.Plan#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link pdca.model.Plan#getSections <em>Sections</em>}</li>
 *   <li>{@link pdca.model.Plan#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link pdca.model.Plan#getReviewMeetings <em>Review Meetings</em>}</li>
 *   <li>{@link pdca.model.Plan#getEvaluationForms <em>Evaluation Forms</em>}</li>
 *   <li>{@link pdca.model.Plan#getEvaluationRecords <em>Evaluation Records</em>}</li>
 *   <li>{@link pdca.model.Plan#getScoringScheme <em>Scoring Scheme</em>}</li>
 *   <li>{@link pdca.model.Plan#getPreviousPlanId <em>Previous Plan Id</em>}</li>
 *   <li>{@link pdca.model.Plan#getPreviousPlanPath <em>Previous Plan Path</em>}</li>
 *   <li>{@link pdca.model.Plan#getKpiGreenPercent <em>Kpi Green Percent</em>}</li>
 *   <li>{@link pdca.model.Plan#getKpiAmberPercent <em>Kpi Amber Percent</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends Identified {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #setFormatVersion(int)
	 * @see pdca.model.PdcaPackage#getPlan_FormatVersion()
	 * @model default="1" unsettable="true"
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #isSetFormatVersion()
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Unsets the value of the '{@link pdca.model.Plan#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	void unsetFormatVersion();

	/**
	 * Returns whether the value of the '{@link pdca.model.Plan#getFormatVersion <em>Format Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format Version</em>' attribute is set.
	 * @see #unsetFormatVersion()
	 * @see #getFormatVersion()
	 * @see #setFormatVersion(int)
	 * @generated
	 */
	boolean isSetFormatVersion();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see pdca.model.PdcaPackage#getPlan_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Agency</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agency</em>' containment reference.
	 * @see #setAgency(Agency)
	 * @see pdca.model.PdcaPackage#getPlan_Agency()
	 * @model containment="true"
	 * @generated
	 */
	Agency getAgency();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getAgency <em>Agency</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agency</em>' containment reference.
	 * @see #getAgency()
	 * @generated
	 */
	void setAgency(Agency value);

	/**
	 * Returns the value of the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roc Year</em>' attribute.
	 * @see #setRocYear(int)
	 * @see pdca.model.PdcaPackage#getPlan_RocYear()
	 * @model
	 * @generated
	 */
	int getRocYear();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getRocYear <em>Roc Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roc Year</em>' attribute.
	 * @see #getRocYear()
	 * @generated
	 */
	void setRocYear(int value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' containment reference.
	 * @see #setPeriod(Period)
	 * @see pdca.model.PdcaPackage#getPlan_Period()
	 * @model containment="true"
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getPeriod <em>Period</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' containment reference.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Approval</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approval</em>' containment reference.
	 * @see #setApproval(Approval)
	 * @see pdca.model.PdcaPackage#getPlan_Approval()
	 * @model containment="true"
	 * @generated
	 */
	Approval getApproval();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getApproval <em>Approval</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval</em>' containment reference.
	 * @see #getApproval()
	 * @generated
	 */
	void setApproval(Approval value);

	/**
	 * Returns the value of the '<em><b>Version Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version Label</em>' attribute.
	 * @see #setVersionLabel(String)
	 * @see pdca.model.PdcaPackage#getPlan_VersionLabel()
	 * @model
	 * @generated
	 */
	String getVersionLabel();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getVersionLabel <em>Version Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Label</em>' attribute.
	 * @see #getVersionLabel()
	 * @generated
	 */
	void setVersionLabel(String value);

	/**
	 * Returns the value of the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template Id</em>' attribute.
	 * @see #setTemplateId(String)
	 * @see pdca.model.PdcaPackage#getPlan_TemplateId()
	 * @model
	 * @generated
	 */
	String getTemplateId();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getTemplateId <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Id</em>' attribute.
	 * @see #getTemplateId()
	 * @generated
	 */
	void setTemplateId(String value);

	/**
	 * Returns the value of the '<em><b>Basis</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Citation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basis</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_Basis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Citation> getBasis();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Target Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Description</em>' attribute.
	 * @see #setTargetDescription(String)
	 * @see pdca.model.PdcaPackage#getPlan_TargetDescription()
	 * @model
	 * @generated
	 */
	String getTargetDescription();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getTargetDescription <em>Target Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Description</em>' attribute.
	 * @see #getTargetDescription()
	 * @generated
	 */
	void setTargetDescription(String value);

	/**
	 * Returns the value of the '<em><b>Target Units</b></em>' reference list.
	 * The list contents are of type {@link pdca.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Units</em>' reference list.
	 * @see pdca.model.PdcaPackage#getPlan_TargetUnits()
	 * @model
	 * @generated
	 */
	EList<Unit> getTargetUnits();

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' containment reference.
	 * @see #setOrganisation(Organisation)
	 * @see pdca.model.PdcaPackage#getPlan_Organisation()
	 * @model containment="true"
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getOrganisation <em>Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' containment reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Strategy Preamble</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy Preamble</em>' attribute.
	 * @see #setStrategyPreamble(String)
	 * @see pdca.model.PdcaPackage#getPlan_StrategyPreamble()
	 * @model
	 * @generated
	 */
	String getStrategyPreamble();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getStrategyPreamble <em>Strategy Preamble</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy Preamble</em>' attribute.
	 * @see #getStrategyPreamble()
	 * @generated
	 */
	void setStrategyPreamble(String value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Strategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strategies of a plan without dimensions (構面).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Strategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.PlanSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<PlanSection> getSections();

	/**
	 * Returns the value of the '<em><b>Progress Reports</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.ProgressReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress Reports</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_ProgressReports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressReport> getProgressReports();

	/**
	 * Returns the value of the '<em><b>Review Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.ReviewMeeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Meetings</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_ReviewMeetings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewMeeting> getReviewMeetings();

	/**
	 * Returns the value of the '<em><b>Evaluation Forms</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.EvaluationForm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Forms</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_EvaluationForms()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvaluationForm> getEvaluationForms();

	/**
	 * Returns the value of the '<em><b>Evaluation Records</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.EvaluationRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluation Records</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getPlan_EvaluationRecords()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvaluationRecord> getEvaluationRecords();

	/**
	 * Returns the value of the '<em><b>Scoring Scheme</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring Scheme</em>' containment reference.
	 * @see #setScoringScheme(ScoringScheme)
	 * @see pdca.model.PdcaPackage#getPlan_ScoringScheme()
	 * @model containment="true"
	 * @generated
	 */
	ScoringScheme getScoringScheme();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getScoringScheme <em>Scoring Scheme</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring Scheme</em>' containment reference.
	 * @see #getScoringScheme()
	 * @generated
	 */
	void setScoringScheme(ScoringScheme value);

	/**
	 * Returns the value of the '<em><b>Previous Plan Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Previous Plan Id</em>' attribute.
	 * @see #setPreviousPlanId(String)
	 * @see pdca.model.PdcaPackage#getPlan_PreviousPlanId()
	 * @model
	 * @generated
	 */
	String getPreviousPlanId();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getPreviousPlanId <em>Previous Plan Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Plan Id</em>' attribute.
	 * @see #getPreviousPlanId()
	 * @generated
	 */
	void setPreviousPlanId(String value);

	/**
	 * Returns the value of the '<em><b>Previous Plan Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Previous Plan Path</em>' attribute.
	 * @see #setPreviousPlanPath(String)
	 * @see pdca.model.PdcaPackage#getPlan_PreviousPlanPath()
	 * @model
	 * @generated
	 */
	String getPreviousPlanPath();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getPreviousPlanPath <em>Previous Plan Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Plan Path</em>' attribute.
	 * @see #getPreviousPlanPath()
	 * @generated
	 */
	void setPreviousPlanPath(String value);

	/**
	 * Returns the value of the '<em><b>Kpi Green Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Achievement (per cent of the target) from which a KPI counts as met (green); unset means 100.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpi Green Percent</em>' attribute.
	 * @see #setKpiGreenPercent(Double)
	 * @see pdca.model.PdcaPackage#getPlan_KpiGreenPercent()
	 * @model
	 * @generated
	 */
	Double getKpiGreenPercent();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getKpiGreenPercent <em>Kpi Green Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi Green Percent</em>' attribute.
	 * @see #getKpiGreenPercent()
	 * @generated
	 */
	void setKpiGreenPercent(Double value);

	/**
	 * Returns the value of the '<em><b>Kpi Amber Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Achievement (per cent of the target) from which a KPI counts as near its target (amber); unset means 90.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpi Amber Percent</em>' attribute.
	 * @see #setKpiAmberPercent(Double)
	 * @see pdca.model.PdcaPackage#getPlan_KpiAmberPercent()
	 * @model
	 * @generated
	 */
	Double getKpiAmberPercent();

	/**
	 * Sets the value of the '{@link pdca.model.Plan#getKpiAmberPercent <em>Kpi Amber Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi Amber Percent</em>' attribute.
	 * @see #getKpiAmberPercent()
	 * @generated
	 */
	void setKpiAmberPercent(Double value);

} // Plan
