/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.Kpi#getName <em>Name</em>}</li>
 *   <li>{@link pdca.model.Kpi#getDefinition <em>Definition</em>}</li>
 *   <li>{@link pdca.model.Kpi#getUnit <em>Unit</em>}</li>
 *   <li>{@link pdca.model.Kpi#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link pdca.model.Kpi#getTarget <em>Target</em>}</li>
 *   <li>{@link pdca.model.Kpi#getDirection <em>Direction</em>}</li>
 *   <li>{@link pdca.model.Kpi#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link pdca.model.Kpi#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getKpi()
 * @model
 * @generated
 */
public interface Kpi extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see pdca.model.PdcaPackage#getKpi_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link pdca.model.Kpi#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see pdca.model.PdcaPackage#getKpi_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link pdca.model.Kpi#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see pdca.model.PdcaPackage#getKpi_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link pdca.model.Kpi#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(Double)
	 * @see pdca.model.PdcaPackage#getKpi_Baseline()
	 * @model
	 * @generated
	 */
	Double getBaseline();

	/**
	 * Sets the value of the '{@link pdca.model.Kpi#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see pdca.model.PdcaPackage#getKpi_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link pdca.model.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link pdca.model.KpiDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see pdca.model.KpiDirection
	 * @see #setDirection(KpiDirection)
	 * @see pdca.model.PdcaPackage#getKpi_Direction()
	 * @model
	 * @generated
	 */
	KpiDirection getDirection();

	/**
	 * Sets the value of the '{@link pdca.model.Kpi#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see pdca.model.KpiDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(KpiDirection value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link pdca.model.KpiFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see pdca.model.KpiFrequency
	 * @see #setFrequency(KpiFrequency)
	 * @see pdca.model.PdcaPackage#getKpi_Frequency()
	 * @model
	 * @generated
	 */
	KpiFrequency getFrequency();

	/**
	 * Sets the value of the '{@link pdca.model.Kpi#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see pdca.model.KpiFrequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(KpiFrequency value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getKpi_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Kpi
