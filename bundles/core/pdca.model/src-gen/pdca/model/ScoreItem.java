/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ScoreItem#getMinPoints <em>Min Points</em>}</li>
 *   <li>{@link pdca.model.ScoreItem#getDeductionRule <em>Deduction Rule</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getScoreItem()
 * @model
 * @generated
 */
public interface ScoreItem extends FormItem {
	/**
	 * Returns the value of the '<em><b>Min Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Points</em>' attribute.
	 * @see #setMinPoints(double)
	 * @see pdca.model.PdcaPackage#getScoreItem_MinPoints()
	 * @model
	 * @generated
	 */
	double getMinPoints();

	/**
	 * Sets the value of the '{@link pdca.model.ScoreItem#getMinPoints <em>Min Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Points</em>' attribute.
	 * @see #getMinPoints()
	 * @generated
	 */
	void setMinPoints(double value);

	/**
	 * Returns the value of the '<em><b>Deduction Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deduction Rule</em>' attribute.
	 * @see #setDeductionRule(String)
	 * @see pdca.model.PdcaPackage#getScoreItem_DeductionRule()
	 * @model
	 * @generated
	 */
	String getDeductionRule();

	/**
	 * Sets the value of the '{@link pdca.model.ScoreItem#getDeductionRule <em>Deduction Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deduction Rule</em>' attribute.
	 * @see #getDeductionRule()
	 * @generated
	 */
	void setDeductionRule(String value);

} // ScoreItem
